fn headline(title: &str) -> &str {
    let shouted = title.to_uppercase();
    &shouted
}

fn main() {
    let articles = vec![String::from("Rust 2024 released"), String::from("Ferris turns ten")];
    for a in &articles {
        let h = headline(a);
        println!("{} ({} chars)", h, h.len());
    }
    println!("{} headlines", articles.len());
}
