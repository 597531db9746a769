// T: 'a says every reference inside T outlives 'a.
struct Holder<'a, T: 'a> {
    item: &'a T,
}

impl<'a, T: std::fmt::Debug + 'a> Holder<'a, T> {
    fn show(&self) -> String {
        format!("Holder({:?})", self.item)
    }
}

fn wrap<'a, T: 'a>(item: &'a T) -> Holder<'a, T> {
    Holder { item }
}

fn main() {
    let n = 42;
    let words = vec!["a", "b"];
    let h1 = wrap(&n);
    let h2 = wrap(&words);
    println!("{}", h1.show());
    println!("{}", h2.show());
}
