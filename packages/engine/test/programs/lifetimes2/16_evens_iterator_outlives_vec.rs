// The iterator borrows the vector, so the vector must live long enough.
fn evens<'a>(v: &'a [i32]) -> impl Iterator<Item = &'a i32> + 'a {
    v.iter().filter(|x| **x % 2 == 0)
}

fn main() {
    let it;
    {
        let numbers = vec![10, 11, 12, 13];
        it = evens(&numbers);
    }
    for n in it {
        println!("{}", n);
    }
}
