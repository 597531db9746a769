use std::fmt::Display;

// A trait with a generic method: fine for static dispatch (not usable as dyn).
trait Formatter {
    fn format_item<T: Display>(&self, item: T) -> String;

    fn format_list<T: Display>(&self, items: Vec<T>) -> String {
        let parts: Vec<String> = items.into_iter().map(|i| self.format_item(i)).collect();
        parts.join(", ")
    }
}

struct Brackets;
struct Quotes { ch: char }

impl Formatter for Brackets {
    fn format_item<T: Display>(&self, item: T) -> String {
        format!("[{}]", item)
    }
}

impl Formatter for Quotes {
    fn format_item<T: Display>(&self, item: T) -> String {
        format!("{}{}{}", self.ch, item, self.ch)
    }
}

fn render<F: Formatter>(f: &F) {
    println!("{}", f.format_list(vec![1, 2, 3]));
    println!("{}", f.format_list(vec!["a", "b"]));
    println!("{}", f.format_item(2.5));
}

fn main() {
    render(&Brackets);
    render(&Quotes { ch: '\'' });
}
