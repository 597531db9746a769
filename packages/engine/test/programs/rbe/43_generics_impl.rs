// Generic types, generic functions and generic impl blocks.
#[derive(Debug)]
struct Val {
    val: f64,
}

#[derive(Debug)]
struct GenVal<T> {
    gen_val: T,
}

impl Val {
    fn value(&self) -> &f64 {
        &self.val
    }
}

impl<T> GenVal<T> {
    fn value(&self) -> &T {
        &self.gen_val
    }
}

struct SGen<T>(T);

fn gen_spec_i32(_s: SGen<i32>) {}
fn generic<T>(_s: SGen<T>) {}

fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

#[derive(Debug)]
struct Pair<T> {
    a: T,
    b: T,
}

impl<T: PartialOrd + std::fmt::Debug> Pair<T> {
    fn cmp_display(&self) {
        if self.a >= self.b {
            println!("The largest member is a = {:?}", self.a);
        } else {
            println!("The largest member is b = {:?}", self.b);
        }
    }
}

fn main() {
    let x = Val { val: 3.0 };
    let y = GenVal { gen_val: 3i32 };
    let z = GenVal { gen_val: "text" };
    println!("{}, {}, {}", x.value(), y.value(), z.value());

    gen_spec_i32(SGen(6));
    generic::<char>(SGen('a'));
    generic(SGen('c'));

    println!("largest number: {}", largest(&[34, 50, 25, 100, 65]));
    println!("largest char: {}", largest(&['y', 'm', 'a', 'q']));
    Pair { a: 3, b: 9 }.cmp_display();
    Pair { a: "pear", b: "apple" }.cmp_display();
}
