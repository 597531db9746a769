fn main() {
    let mut title = "Dr.";
    title.push_str(" Smith");
    println!("{}", title);
}
