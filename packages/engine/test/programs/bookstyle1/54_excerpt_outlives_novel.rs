// Quiz: a struct holding a reference cannot outlive what it borrows.
struct Excerpt<'a> {
    text: &'a str,
}

fn main() {
    let excerpt;
    {
        let chapter = String::from("It was a dark night. The wind howled.");
        let first = chapter.split('.').next().unwrap();
        excerpt = Excerpt { text: first };
    }
    println!("excerpt: {}", excerpt.text);
}
