// Storing closures in a struct field as Box<dyn Fn>.
struct Button {
    label: String,
    on_click: Box<dyn Fn(i32) -> i32>,
}

impl Button {
    fn click(&self, value: i32) -> i32 {
        (self.on_click)(value)
    }
}

fn main() {
    let step = 5;
    let buttons = vec![
        Button { label: String::from("double"), on_click: Box::new(|x| x * 2) },
        Button { label: String::from("add step"), on_click: Box::new(move |x| x + step) },
        Button { label: String::from("negate"), on_click: Box::new(|x: i32| -x) },
    ];
    let mut v = 3;
    for b in &buttons {
        v = b.click(v);
        println!("{:>8}: {}", b.label, v);
    }
}
