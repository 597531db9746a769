fn banner(title: &str) -> String {
    let width = title.chars().count() + 4;
    let line = "*".repeat(width);
    format!("{}\n* {} *\n{}", line, title, line)
}

fn main() {
    println!("{}", banner("Rust"));
    println!("{}", banner("Strings & UTF-8"));
    println!("{}", banner("Ünïcödé"));

    println!("{}", "ab".repeat(3));
    println!("[{}]", "x".repeat(0));

    for level in 1..=4 {
        println!("{}{}", "  ".repeat(level - 1), "#".repeat(level));
    }
}
