// Lifetimes and generic element types together.
fn first<'a, T>(items: &'a [T]) -> Option<&'a T> {
    items.first()
}

fn max_ref<'a, T: PartialOrd>(items: &'a [T]) -> Option<&'a T> {
    let mut it = items.iter();
    let mut best = it.next()?;
    for x in it {
        if x > best {
            best = x;
        }
    }
    Some(best)
}

fn main() {
    let scores = vec![72, 95, 88];
    let names = vec!["zoe", "adam", "mia"];
    println!("{:?} {:?}", first(&scores), max_ref(&scores));
    println!("{:?} {:?}", first(&names), max_ref(&names));
    let empty: Vec<f64> = vec![];
    println!("{:?}", max_ref(&empty));
}
