// Moving the novel into a function while an excerpt still borrows it.
struct ImportantExcerpt<'a> {
    part: &'a str,
}

fn publish(text: String) -> usize {
    text.len()
}

fn main() {
    let novel = String::from("It was a dark and stormy night. The rain fell.");
    let excerpt = ImportantExcerpt {
        part: novel.split('.').next().unwrap(),
    };
    let bytes = publish(novel);
    println!("published {} bytes; excerpt: {}", bytes, excerpt.part);
}
