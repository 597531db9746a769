fn main() {
    let config = vec![String::from("debug"), String::from("verbose")];
    let mut jobs: Vec<Box<dyn Fn() -> usize>> = Vec::new();

    for i in 0..3 {
        jobs.push(Box::new(move || config.len() + i));
    }

    for j in &jobs {
        println!("{}", j());
    }
}
