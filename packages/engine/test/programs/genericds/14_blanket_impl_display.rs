// A blanket impl: every type that is Display gets `shout` and `boxed` for free.
use std::fmt::Display;

trait Decorate {
    fn shout(&self) -> String;
    fn boxed(&self) -> String;
}

impl<T: Display> Decorate for T {
    fn shout(&self) -> String {
        format!("{}!", self.to_string().to_uppercase())
    }

    fn boxed(&self) -> String {
        let inner = self.to_string();
        let bar = "-".repeat(inner.len() + 2);
        format!("+{}+\n| {} |\n+{}+", bar, inner, bar)
    }
}

struct Version(u32, u32);

impl Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "v{}.{}", self.0, self.1)
    }
}

fn main() {
    println!("{}", "hello".shout());
    println!("{}", 42.shout());
    println!("{}", Version(1, 3).shout());
    println!("{}", 3.5.boxed());
    println!("{}", Version(2, 0).boxed());
}
