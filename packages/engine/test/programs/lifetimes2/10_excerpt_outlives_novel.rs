// The excerpt cannot outlive the text it points into.
struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let ex;
    {
        let novel = String::from("Call me Ishmael. Some years ago...");
        let first = novel.split('.').next().unwrap();
        ex = Excerpt { part: first };
    }
    println!("Excerpt: {}", ex.part);
}
