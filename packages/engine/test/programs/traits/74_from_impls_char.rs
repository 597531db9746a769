// impl From for custom types, then using .into()
#[derive(Debug)]
struct Celsius(f64);

#[derive(Debug)]
struct Fahrenheit(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

#[derive(Debug)]
struct Wrapper<T> {
    items: Vec<T>,
}

impl<T> From<Vec<T>> for Wrapper<T> {
    fn from(items: Vec<T>) -> Self {
        Wrapper { items }
    }
}

#[derive(Debug)]
enum Grade {
    Pass,
    Fail,
}

impl From<u32> for Grade {
    fn from(score: u32) -> Self {
        if score >= 50 { Grade::Pass } else { Grade::Fail }
    }
}

fn main() {
    let boiling = Celsius(100.0);
    let f: Fahrenheit = boiling.into();
    println!("{:?}", f);
    let body = Fahrenheit::from(Celsius(37.0));
    println!("{:.1}", body.0);

    let w: Wrapper<&str> = vec!["a", "b", "c"].into();
    println!("{:?} has {}", w, w.items.len());
    let w2 = Wrapper::from(vec![1, 2]);
    println!("{:?}", w2.items);

    let scores = [90, 12, 50, 49];
    for s in scores {
        let g: Grade = s.into();
        println!("{} -> {:?}", s, g);
    }
    let s: String = 'x'.into();
    let n: f64 = 3u32.into();
    println!("{} {}", s, n);
}
