use std::fmt::{self, Debug, Display};

// A labelled array that prints nicely for any element type.
struct Labelled<T, const N: usize> {
    label: &'static str,
    values: [T; N],
}

impl<T: Debug, const N: usize> Display for Labelled<T, N> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} ({} items):", self.label, N)?;
        for v in &self.values {
            write!(f, " {:?}", v)?;
        }
        Ok(())
    }
}

impl<T: Debug + Clone, const N: usize> Labelled<T, N> {
    fn last(&self) -> Option<T> {
        if N == 0 { None } else { Some(self.values[N - 1].clone()) }
    }
}

fn main() {
    let nums = Labelled { label: "primes", values: [2, 3, 5, 7] };
    let words = Labelled { label: "words", values: ["alpha", "beta"] };
    let flags = Labelled { label: "flags", values: [true, false, true] };
    println!("{}", nums);
    println!("{}", words);
    println!("{}", flags);
    println!("last prime: {:?}", nums.last());
    println!("last word: {:?}", words.last());
}
