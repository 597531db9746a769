// Explicit T: 'a bounds, as older course notes still write them.
use std::fmt::Debug;

struct Ref<'a, T: 'a> {
    inner: &'a T,
}

fn print_ref<'a, T>(r: &'a T)
where
    T: Debug + 'a,
{
    println!("`print_ref`: t is {:?}", r);
}

fn first_ref<'a, T: 'a>(items: &'a [T]) -> Option<Ref<'a, T>> {
    items.first().map(|inner| Ref { inner })
}

fn main() {
    let x = 7;
    let ref_x = Ref { inner: &x };
    print_ref(&ref_x.inner);
    print_ref(&x);

    let words = vec!["lifetimes", "are", "fun"];
    if let Some(r) = first_ref(&words) {
        println!("first word: {}", r.inner);
    }
    let empty: Vec<u8> = Vec::new();
    println!("empty has first: {}", first_ref(&empty).is_some());
}
