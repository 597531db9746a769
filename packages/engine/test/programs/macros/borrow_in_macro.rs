// A move inside a macro's expansion is still a move.
macro_rules! take {
    ($v:expr) => {
        drop($v)
    };
}

fn main() {
    let s = String::from("hi");
    take!(s);
    println!("{}", s);
}
