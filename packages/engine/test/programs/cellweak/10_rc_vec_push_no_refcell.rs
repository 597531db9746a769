use std::rc::Rc;

fn main() {
    let names = Rc::new(vec![String::from("alpha")]);
    let alias = Rc::clone(&names);

    // Student mistake: push needs &mut Vec, Rc cannot give that
    alias.push(String::from("beta"));

    println!("{:?}", names);
}
