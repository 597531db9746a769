// Problem case #3 inside a method: the borrow returned on the early
// path still covers the assignment below it.
struct Lazy {
    cache: Option<String>,
}

impl Lazy {
    fn get(&mut self) -> &mut String {
        if let Some(text) = self.cache.as_mut() {
            return text;
        }
        self.cache = Some(String::from("loaded"));
        self.cache.as_mut().unwrap()
    }
}

fn main() {
    let mut l = Lazy { cache: None };
    l.get().push('!');
    println!("{}", l.get());
}
