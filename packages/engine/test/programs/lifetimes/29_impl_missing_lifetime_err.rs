// The impl block forgets to declare the struct's lifetime parameter.
struct ImportantExcerpt<'a> {
    part: &'a str,
}

impl ImportantExcerpt {
    fn level(&self) -> i32 {
        3
    }
}

fn main() {
    let novel = String::from("Call me Ishmael. Some years ago...");
    let first_sentence = novel.split('.').next().unwrap();
    let i = ImportantExcerpt { part: first_sentence };
    println!("{} (level {})", i.part, i.level());
}
