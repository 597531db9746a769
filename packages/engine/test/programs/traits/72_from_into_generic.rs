// Conversions with From and Into.
#[derive(Debug, Clone, Copy)]
struct Celsius(f64);

#[derive(Debug, Clone, Copy)]
struct Fahrenheit(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

impl From<Fahrenheit> for Celsius {
    fn from(f: Fahrenheit) -> Self {
        Celsius((f.0 - 32.0) * 5.0 / 9.0)
    }
}

#[derive(Debug)]
struct Email {
    user: String,
    domain: String,
}

impl From<&str> for Email {
    fn from(s: &str) -> Self {
        let mut parts = s.splitn(2, '@');
        let user = parts.next().unwrap_or("").to_string();
        let domain = parts.next().unwrap_or("localhost").to_string();
        Email { user, domain }
    }
}

fn print_temp<T: Into<Celsius>>(t: T) {
    let c: Celsius = t.into();
    println!("that is {:.1} C", c.0);
}

fn main() {
    let boiling = Celsius(100.0);
    let f: Fahrenheit = boiling.into();
    println!("{:?} -> {:?}", boiling, f);
    let body = Fahrenheit::from(Celsius(37.0));
    println!("body temperature {:.1} F", body.0);
    print_temp(Fahrenheit(212.0));
    print_temp(Celsius(-40.0));

    let e = Email::from("ferris@rust-lang.org");
    let e2: Email = "root".into();
    println!("{:?}", e);
    println!("{} at {}", e2.user, e2.domain);

    let n: i64 = 42i32.into();
    let s: String = "text".into();
    let big = u64::from(7u8) * 1_000_000_000_000;
    let chars: Vec<char> = String::from("abc").chars().collect();
    println!("{} {} {} {:?}", n, s, big, chars);
}
