// Closures stored in struct fields: Box<dyn Fn(i32) -> i32>
struct Pipeline {
    stages: Vec<(String, Box<dyn Fn(i32) -> i32>)>,
}

impl Pipeline {
    fn new() -> Self {
        Pipeline { stages: Vec::new() }
    }
    fn add(mut self, name: &str, f: Box<dyn Fn(i32) -> i32>) -> Self {
        self.stages.push((name.to_string(), f));
        self
    }
    fn run(&self, mut x: i32) -> i32 {
        for (name, f) in &self.stages {
            let y = f(x);
            println!("  {}: {} -> {}", name, x, y);
            x = y;
        }
        x
    }
}

struct Button {
    label: String,
    on_click: Box<dyn FnMut() -> u32>,
}

fn main() {
    let factor = 3;
    let p = Pipeline::new()
        .add("double", Box::new(|x| x * 2))
        .add("scale", Box::new(move |x| x * factor))
        .add("dec", Box::new(|x| x - 1));
    println!("result {}", p.run(5));
    println!("result {}", p.run(-2));

    let mut clicks = 0;
    let mut b = Button {
        label: String::from("OK"),
        on_click: Box::new(move || {
            clicks += 1;
            clicks
        }),
    };
    for _ in 0..3 {
        let n = (b.on_click)();
        println!("{} clicked {} times", b.label, n);
    }
    println!("outer clicks still {}", clicks);
}
