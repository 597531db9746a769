// A getter borrows all of `self`, not just one field, so it
// conflicts with a mutable borrow of another field.
struct Report {
    title: String,
    lines: Vec<String>,
}

impl Report {
    fn title(&self) -> &String {
        &self.title
    }

    fn add_heading(&mut self) {
        let t = self.title();
        let lines = &mut self.lines;
        lines.insert(0, format!("== {} ==", t));
    }
}

fn main() {
    let mut r = Report { title: "Q3".to_string(), lines: vec!["sales up".to_string()] };
    r.add_heading();
    println!("{:?}", r.lines);
}
