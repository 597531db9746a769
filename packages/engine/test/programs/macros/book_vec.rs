// The Rust book's own `vec!` (chapter 20.5): a macro_rules! of that name replaces std's here.
#[macro_export]
macro_rules! vec {
    ( $( $x:expr ),* ) => {
        {
            let mut temp_vec = Vec::new();
            $(
                temp_vec.push($x);
            )*
            temp_vec
        }
    };
}

fn main() {
    let v: Vec<u32> = vec![1, 2, 3];
    println!("{:?}", v);
    let names = vec![String::from("a"), String::from("b")];
    println!("{}", names.join("-"));
}
