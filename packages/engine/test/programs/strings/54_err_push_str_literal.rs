fn underline(title: &str) -> String {
    let mut line = String::new();
    for _ in title.chars() {
        line.push("-");
    }
    format!("{}\n{}", title, line)
}

fn main() {
    println!("{}", underline("Chapter 8"));
    println!("{}", underline("Strings"));
}
