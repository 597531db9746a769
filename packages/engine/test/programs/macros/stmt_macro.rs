// Statement macros: a `let` written by a macro is visible after the call.
macro_rules! declare {
    ($name:ident = $val:expr) => {
        let $name = $val;
    };
}

macro_rules! show {
    ($($x:ident),*) => {
        $( println!("{} = {}", stringify_name!($x), $x); )*
    };
}

macro_rules! stringify_name {
    ($x:ident) => { "var" };
}

fn main() {
    declare!(a = 10);
    declare!(b = a * 2);
    show!(a, b);
    let mut sum = 0;
    macro_rules! add { ($v:expr) => { sum += $v; }; }
    add!(a);
    add!(b);
    println!("sum {}", sum);
}
