// The excerpt outlives the novel it points into.
struct ImportantExcerpt<'a> {
    part: &'a str,
}

fn main() {
    let excerpt;
    {
        let novel = String::from("Call me Ishmael. Some years ago...");
        let first_sentence = novel.split('.').next().expect("no '.'");
        excerpt = ImportantExcerpt { part: first_sentence };
    }
    println!("{}", excerpt.part);
}
