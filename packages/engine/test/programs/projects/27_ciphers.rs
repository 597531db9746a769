trait Cipher {
    fn name(&self) -> String;
    fn encrypt(&self, plain: &str) -> String;
    fn decrypt(&self, cipher: &str) -> String;
}

fn shift_letter(c: char, shift: i32) -> char {
    let base = if c.is_ascii_lowercase() {
        b'a'
    } else if c.is_ascii_uppercase() {
        b'A'
    } else {
        return c;
    };
    let offset = (c as u8 - base) as i32;
    let shifted = (offset + shift).rem_euclid(26) as u8;
    (base + shifted) as char
}

struct Caesar {
    shift: i32,
}

impl Cipher for Caesar {
    fn name(&self) -> String {
        format!("Caesar({})", self.shift)
    }
    fn encrypt(&self, plain: &str) -> String {
        plain.chars().map(|c| shift_letter(c, self.shift)).collect()
    }
    fn decrypt(&self, cipher: &str) -> String {
        cipher.chars().map(|c| shift_letter(c, -self.shift)).collect()
    }
}

struct Vigenere {
    key: Vec<i32>,
}

impl Vigenere {
    fn new(key: &str) -> Self {
        let key = key.to_ascii_lowercase().bytes().map(|b| (b - b'a') as i32).collect();
        Vigenere { key }
    }

    fn apply(&self, text: &str, sign: i32) -> String {
        let mut k = 0;
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if c.is_ascii_alphabetic() {
                out.push(shift_letter(c, sign * self.key[k % self.key.len()]));
                k += 1;
            } else {
                out.push(c);
            }
        }
        out
    }
}

impl Cipher for Vigenere {
    fn name(&self) -> String {
        let k: String = self.key.iter().map(|&n| (b'a' + n as u8) as char).collect();
        format!("Vigenere({})", k)
    }
    fn encrypt(&self, plain: &str) -> String {
        self.apply(plain, 1)
    }
    fn decrypt(&self, cipher: &str) -> String {
        self.apply(cipher, -1)
    }
}

struct Atbash;

impl Cipher for Atbash {
    fn name(&self) -> String {
        "Atbash".into()
    }
    fn encrypt(&self, plain: &str) -> String {
        plain
            .chars()
            .map(|c| match c {
                'a'..='z' => (b'z' - (c as u8 - b'a')) as char,
                'A'..='Z' => (b'Z' - (c as u8 - b'A')) as char,
                _ => c,
            })
            .collect()
    }
    fn decrypt(&self, cipher: &str) -> String {
        self.encrypt(cipher)
    }
}

/// Break a Caesar cipher by assuming the most common letter is 'e'.
fn crack_caesar(cipher: &str) -> i32 {
    let mut counts = [0u32; 26];
    for b in cipher.bytes().filter(u8::is_ascii_lowercase) {
        counts[(b - b'a') as usize] += 1;
    }
    let (most, _) = counts.iter().enumerate().max_by_key(|&(i, &n)| (n, std::cmp::Reverse(i))).unwrap();
    (most as i32 - 4).rem_euclid(26)
}

fn main() {
    let message = "Meet me near the old bridge at seven, bring the secret letters.";
    let ciphers: Vec<Box<dyn Cipher>> = vec![
        Box::new(Caesar { shift: 3 }),
        Box::new(Caesar { shift: -29 }),
        Box::new(Vigenere::new("LEMON")),
        Box::new(Atbash),
    ];
    for c in &ciphers {
        let secret = c.encrypt(message);
        let back = c.decrypt(&secret);
        println!("{:<16} {}", c.name(), secret);
        assert_eq!(back, message, "{} did not round-trip", c.name());
    }
    let intercepted = Caesar { shift: 11 }.encrypt(message);
    let guess = crack_caesar(&intercepted);
    println!("cracked shift = {}", guess);
    println!("plain text    = {}", Caesar { shift: guess }.decrypt(&intercepted));
}
