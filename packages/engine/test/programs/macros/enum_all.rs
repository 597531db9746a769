// A macro writes an enum and a list of all its variants.
macro_rules! simple_enum {
    ($name:ident { $($variant:ident),+ $(,)? }) => {
        #[derive(Debug, Clone, Copy, PartialEq)]
        enum $name {
            $($variant),+
        }
        impl $name {
            fn all() -> Vec<$name> {
                vec![$($name::$variant),+]
            }
        }
    };
}

simple_enum!(Color { Red, Green, Blue });

fn main() {
    for c in Color::all() {
        println!("{:?}", c);
    }
    println!("{}", Color::all().len());
    println!("{}", Color::Red == Color::all()[0]);
}
