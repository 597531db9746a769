fn make() -> impl Fn(i32) -> Box<dyn Fn(i32) -> i32> {
    |b| Box::new(move |c| b + c)
}

fn main() {
    let f = make()(2);
    println!("{}", f(3));
}
