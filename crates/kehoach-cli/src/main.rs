fn main() {
    eprintln!("kehoach: work in progress");
    std::process::exit(2);
}
