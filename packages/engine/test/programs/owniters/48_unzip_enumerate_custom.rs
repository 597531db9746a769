// enumerate, unzip and max_by_key on a custom iterator of readings.
struct Sensor {
    samples: Vec<(char, i32)>,
    i: usize,
}

impl Iterator for Sensor {
    type Item = (char, i32);
    fn next(&mut self) -> Option<(char, i32)> {
        let s = self.samples.get(self.i).copied();
        self.i += 1;
        s
    }
}

fn sensor() -> Sensor {
    Sensor { samples: vec![('a', 14), ('b', -3), ('c', 27), ('d', 9)], i: 0 }
}

fn main() {
    let (ids, values): (Vec<char>, Vec<i32>) = sensor().unzip();
    println!("ids {:?} values {:?}", ids, values);

    for (pos, (id, v)) in sensor().enumerate().skip(1).take(2) {
        println!("#{} sensor {} reads {}", pos, id, v);
    }

    let hottest = sensor().max_by_key(|&(_, v)| v).unwrap();
    println!("hottest: {:?}", hottest);
    let any_negative = sensor().any(|(_, v)| v < 0);
    let position = sensor().position(|(id, _)| id == 'c');
    println!("negative? {} position of c: {:?}", any_negative, position);
}
