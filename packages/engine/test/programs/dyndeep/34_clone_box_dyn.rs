// Cloning a Box<dyn Trait> with a clone_box helper method.
trait Widget {
    fn draw(&self) -> String;
    fn clone_box(&self) -> Box<dyn Widget>;
}

#[derive(Clone)]
struct Label { text: String }

impl Widget for Label {
    fn draw(&self) -> String { format!("<{}>", self.text) }
    fn clone_box(&self) -> Box<dyn Widget> { Box::new(self.clone()) }
}

impl Clone for Box<dyn Widget> {
    fn clone(&self) -> Self { self.clone_box() }
}

fn main() {
    let ui: Vec<Box<dyn Widget>> = vec![
        Box::new(Label { text: String::from("ok") }),
        Box::new(Label { text: String::from("cancel") }),
    ];
    let copy = ui.clone();
    drop(ui);
    for w in &copy {
        println!("{}", w.draw());
    }
}
