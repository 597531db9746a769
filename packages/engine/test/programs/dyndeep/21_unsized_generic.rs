use std::fmt::Debug;

trait Describe {
    fn describe(&self) -> String;
}

impl Describe for i32 {
    fn describe(&self) -> String { format!("int {}", self) }
}
impl Describe for bool {
    fn describe(&self) -> String { format!("bool {}", self) }
}

// T: ?Sized lets T be a trait object or a slice.
fn show<T: Describe + ?Sized>(item: &T) {
    println!("{}", item.describe());
}

fn debug_len<T: Debug + ?Sized>(x: &T) -> usize {
    format!("{:?}", x).len()
}

impl Describe for dyn Debug {
    fn describe(&self) -> String { format!("debug {:?}", self) }
}

fn main() {
    show(&5);
    let d: &dyn Describe = &true;
    show(d);
    let dbg: &dyn Debug = &vec![1, 2];
    show(dbg);
    println!("{}", debug_len("abc"));
    println!("{}", debug_len(&[1, 2, 3][..]));
}
