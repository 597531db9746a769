// Requiring Clone as a supertrait makes the trait unusable as an object.
trait Document: Clone {
    fn title(&self) -> String;
}

#[derive(Clone)]
struct Memo { subject: String }

impl Document for Memo {
    fn title(&self) -> String { self.subject.clone() }
}

fn main() {
    let docs: Vec<Box<dyn Document>> = vec![Box::new(Memo { subject: String::from("budget") })];
    for d in &docs {
        println!("{}", d.title());
    }
}
