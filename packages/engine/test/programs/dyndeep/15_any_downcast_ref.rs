use std::any::Any;

fn describe(value: &dyn Any) -> String {
    if let Some(n) = value.downcast_ref::<i32>() {
        format!("an i32: {}", n)
    } else if let Some(s) = value.downcast_ref::<String>() {
        format!("a String of length {}", s.len())
    } else if value.is::<f64>() {
        String::from("some f64")
    } else {
        String::from("something else")
    }
}

fn main() {
    let items: Vec<Box<dyn Any>> = vec![
        Box::new(5i32),
        Box::new(String::from("hello")),
        Box::new(2.5f64),
        Box::new('x'),
    ];
    for it in &items {
        println!("{}", describe(it.as_ref()));
    }
}
