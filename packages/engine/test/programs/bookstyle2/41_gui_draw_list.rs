// Trait objects let one Vec hold different component types.
pub trait Draw {
    fn draw(&self) -> String;
}

pub struct Screen {
    pub components: Vec<Box<dyn Draw>>,
}

impl Screen {
    pub fn run(&self) {
        for (i, component) in self.components.iter().enumerate() {
            println!("[{}] {}", i, component.draw());
        }
    }
}

struct Button {
    width: u32,
    label: String,
}

impl Draw for Button {
    fn draw(&self) -> String {
        format!("Button '{}' ({}px wide)", self.label, self.width)
    }
}

struct SelectBox {
    options: Vec<String>,
}

impl Draw for SelectBox {
    fn draw(&self) -> String {
        format!("SelectBox with options {}", self.options.join(" | "))
    }
}

struct Label(&'static str);

impl Draw for Label {
    fn draw(&self) -> String {
        format!("Label: {}", self.0)
    }
}

fn main() {
    let screen = Screen {
        components: vec![
            Box::new(Label("Choose a size")),
            Box::new(SelectBox {
                options: vec![String::from("Small"), String::from("Large")],
            }),
            Box::new(Button { width: 80, label: String::from("OK") }),
        ],
    };
    screen.run();
    println!("{} components drawn", screen.components.len());
}
