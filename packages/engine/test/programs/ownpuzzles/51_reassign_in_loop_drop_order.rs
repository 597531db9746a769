// Puzzle: replacing the current page on every iteration. When does each page drop?
struct Page(String);

impl Drop for Page {
    fn drop(&mut self) {
        println!("drop page {}", self.0);
    }
}

fn main() {
    let mut current = Page(String::from("home"));

    for name in ["about", "blog"] {
        let next = Page(name.to_string());
        println!("visiting {}", next.0);
        current = next;
        println!("now on {}", current.0);
    }

    let history = Page(String::from("history"));
    println!("end of main with {} and {}", current.0, history.0);
}
