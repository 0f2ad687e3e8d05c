import type { Service } from '../common/schemas/services.ts';
import { LocalName } from '../ui/LocalName.tsx';

interface Props {
  services: Service[];
  disabled: boolean;
  onChoose: (service: Service) => void;
}

/** One big button per service; its accessible name is exactly the service name in the kiosk's language (or the
 *  default name, marked as its own language), so helpers and tests can say it. */
export function ServiceButtons({ services, disabled, onChoose }: Props) {
  return (
    <ul class="service-buttons">
      {services.map((service) => (
        <li key={service.id}>
          <button type="button" disabled={disabled} onClick={() => onChoose(service)}>
            <LocalName of={service} />
          </button>
        </li>
      ))}
    </ul>
  );
}
