// A struct that holds a reference needs a lifetime parameter.
struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let novel = String::from("Call me Ishmael. Some years ago...");
    let first_sentence = novel.split('.').next().expect("no '.' found");
    let ex = Excerpt { part: first_sentence };
    println!("Excerpt: {}", ex.part);
    println!("Length: {}", ex.part.len());
}
