fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b.iter()).map(|(x, y)| x * y).sum()
}

fn main() {
    let u = [1.0, 2.0, 3.0];
    let v = [4.0, -5.0, 6.0];
    println!("u . v = {}", dot(&u, &v));

    let names = ["Ada", "Grace", "Linus"];
    let years = [1815, 1906, 1969];
    for (name, year) in names.iter().zip(years.iter()) {
        println!("{} was born in {}", name, year);
    }
}
