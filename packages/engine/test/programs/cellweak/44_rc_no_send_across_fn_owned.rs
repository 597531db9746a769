use std::rc::Rc;

fn consume(v: Vec<String>) -> usize {
    v.len()
}

fn main() {
    let words = Rc::new(vec![String::from("a"), String::from("b")]);

    // Student mistake: cannot move the Vec out of the Rc
    let n = consume(*words);
    println!("{}", n);
}
