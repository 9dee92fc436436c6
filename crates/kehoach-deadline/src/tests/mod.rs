use super::*;

#[test]
fn smoke() {
    let ctx = Context {
        plan_year: Some(2022),
    };
    println!("{:?}", parse("Tháng 3/2022", &ctx));
}
