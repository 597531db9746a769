fn print_title(title: String) {
    println!("== {} ==", title);
}

fn main() {
    let title = String::from("Lifetimes");
    print_title(title);
    let len = title.len();
    println!("title had {} bytes", len);
}
