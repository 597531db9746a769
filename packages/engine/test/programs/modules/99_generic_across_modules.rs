mod containers {
    #[derive(Debug)]
    pub struct Pair<T> {
        pub first: T,
        pub second: T,
    }

    impl<T: PartialOrd + Copy> Pair<T> {
        pub fn new(first: T, second: T) -> Self {
            Pair { first, second }
        }

        pub fn largest(&self) -> T {
            if self.first > self.second { self.first } else { self.second }
        }

        pub fn swap(self) -> Pair<T> {
            Pair { first: self.second, second: self.first }
        }
    }
}

mod describe {
    pub trait Describe {
        fn describe(&self) -> String;
    }

    impl Describe for i32 {
        fn describe(&self) -> String {
            format!("the integer {}", self)
        }
    }

    impl Describe for char {
        fn describe(&self) -> String {
            format!("the character '{}'", self)
        }
    }

    impl<T: Describe> Describe for super::containers::Pair<T> {
        fn describe(&self) -> String {
            format!("a pair of {} and {}", self.first.describe(), self.second.describe())
        }
    }
}

use containers::Pair;
use describe::Describe;

fn show_all<T: Describe>(items: &[T]) {
    for (i, it) in items.iter().enumerate() {
        println!("{}: {}", i, it.describe());
    }
}

fn main() {
    let p = Pair::new(7, 42);
    println!("largest of {:?} is {}", p, p.largest());
    let q = Pair::new('x', 'b').swap();
    println!("swapped: {:?}, largest {}", q, q.largest());
    println!("{}", q.describe());
    show_all(&[3, -1, 10]);
    show_all(&[Pair::new(1, 2), Pair::new(5, 4)]);
}
