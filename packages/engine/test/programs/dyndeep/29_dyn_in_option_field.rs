// Optional plugin stored as Option<Box<dyn Trait>>.
trait Plugin {
    fn transform(&self, s: &str) -> String;
}

struct Upper;
struct Reverse;

impl Plugin for Upper {
    fn transform(&self, s: &str) -> String { s.to_uppercase() }
}
impl Plugin for Reverse {
    fn transform(&self, s: &str) -> String { s.chars().rev().collect() }
}

struct Editor {
    text: String,
    plugin: Option<Box<dyn Plugin>>,
}

impl Editor {
    fn render(&self) -> String {
        match &self.plugin {
            Some(p) => p.transform(&self.text),
            None => self.text.clone(),
        }
    }
}

fn main() {
    let mut ed = Editor { text: String::from("hello"), plugin: None };
    println!("{}", ed.render());
    ed.plugin = Some(Box::new(Upper));
    println!("{}", ed.render());
    ed.plugin = Some(Box::new(Reverse));
    println!("{}", ed.render());
    if let Some(p) = ed.plugin.take() {
        println!("removed plugin, last output {}", p.transform("abc"));
    }
    println!("{}", ed.render());
}
