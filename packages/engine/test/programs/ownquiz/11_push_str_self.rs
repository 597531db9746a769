fn main() {
    let mut echo = String::from("ha");
    echo.push_str(&echo);
    println!("{}", echo);
}
