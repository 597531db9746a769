struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let excerpt;
    {
        let novel = String::from("It was a dark and stormy night. The rain fell.");
        let first = novel.split('.').next().unwrap();
        excerpt = Excerpt { part: first };
    }
    println!("excerpt: {}", excerpt.part);
}
