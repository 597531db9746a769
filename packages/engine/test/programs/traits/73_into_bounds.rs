// Generic bounds with Into: fn f<T: Into<String>>(x: T)
struct Person {
    name: String,
    city: String,
}

impl Person {
    fn new<N: Into<String>, C: Into<String>>(name: N, city: C) -> Person {
        Person {
            name: name.into(),
            city: city.into(),
        }
    }
}

fn shout<T: Into<String>>(x: T) -> String {
    let mut s: String = x.into();
    s.push('!');
    s.to_uppercase()
}

fn total<T: Into<f64> + Copy>(items: &[T]) -> f64 {
    let mut sum = 0.0;
    for &it in items {
        sum += it.into();
    }
    sum
}

fn main() {
    println!("{}", shout("hello"));
    println!("{}", shout(String::from("owned")));
    let name = String::from("Grace");
    let p = Person::new(name, "Arlington");
    println!("{} lives in {}", p.name, p.city);
    let q = Person::new("Linus", String::from("Portland"));
    println!("{} lives in {}", q.name, q.city);
    println!("{}", total(&[1u8, 2, 3]));
    println!("{}", total(&[1.5f32, 2.5]));
    println!("{}", total(&[10i32, -4]));
    let n: i64 = 7i32.into();
    let big: u64 = u64::from(200u8);
    println!("{} {}", n, big);
}
