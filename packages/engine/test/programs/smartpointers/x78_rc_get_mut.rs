use std::rc::Rc;
fn main() {
    let mut s = Rc::new(String::from("ab"));
    if let Some(m) = Rc::get_mut(&mut s) {
        m.push('c');
    }
    println!("{}", s);
}
