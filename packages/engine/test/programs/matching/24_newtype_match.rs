#[derive(Debug, Clone, Copy)]
struct Celsius(f64);

#[derive(Debug, Clone, Copy)]
struct Fahrenheit(f64);

fn to_f(Celsius(c): Celsius) -> Fahrenheit {
    Fahrenheit(c * 9.0 / 5.0 + 32.0)
}

fn describe(t: Celsius) -> &'static str {
    match t {
        Celsius(c) if c < 0.0 => "freezing",
        Celsius(c) if c < 15.0 => "cold",
        Celsius(c) if c < 25.0 => "mild",
        Celsius(_) => "hot",
    }
}

struct Rgb(u8, u8, u8);

fn main() {
    for t in [Celsius(-5.0), Celsius(10.0), Celsius(20.0), Celsius(30.0)] {
        let Fahrenheit(f) = to_f(t);
        println!("{:?} = {:.1}F, {}", t, f, describe(t));
    }

    let white = Rgb(255, 255, 255);
    let Rgb(r, _, b) = white;
    println!("r={} b={}", r, b);
    match white {
        Rgb(255, 255, 255) => println!("pure white"),
        Rgb(r, g, b) if r == g && g == b => println!("gray {}", r),
        Rgb(..) => println!("some color"),
    }
}
