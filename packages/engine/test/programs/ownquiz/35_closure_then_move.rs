fn main() {
    let title = String::from("Rust 101");
    let print_title = || println!("Course: {}", title);
    let archived = title;
    print_title();
    println!("archived {}", archived);
}
